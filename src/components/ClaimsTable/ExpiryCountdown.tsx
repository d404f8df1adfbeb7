import { Pill } from '../Pill/Pill.tsx';
import { useDecodedMessages } from '../../i18n/useDecodedMessages.ts';
import { useNow } from '../useNow/useNow.ts';

/** "expires in 59 min", live, then "expired 3 min ago". */
export function ExpiryCountdown({ exp }: { exp: number }) {
  const messages = useDecodedMessages();
  const remaining = exp - useNow() / 1000;
  const expired = remaining <= 0;
  const duration = messages.formatDuration(Math.abs(remaining));
  return (
    <span data-expired={expired || undefined}>
      <Pill tone={expired ? 'error' : 'ok'}>
        {expired ? messages.expiredAgo(duration) : messages.expiresIn(duration)}
      </Pill>
    </span>
  );
}
