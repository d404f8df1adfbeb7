import { useLazyWords } from '../../i18n/I18nProvider.tsx';
import { useLiveTime } from '../../lib/liveTime.ts';
import { Pill } from '../Pill/Pill.tsx';

/** "expires in 59 min", live, then "expired 3 min ago". Renders only when that text changes. */
export function ExpiryCountdown({ exp }: { exp: number }) {
  const words = useLazyWords('decoded');
  const remaining = useLiveTime((nowMs) => Math.round(exp - nowMs / 1000));
  const expired = remaining <= 0;
  const duration = words.formatDuration(Math.abs(remaining));
  return (
    <span data-expired={expired || undefined}>
      <Pill tone={expired ? 'error' : 'ok'}>
        {expired ? words.expiredAgo(duration) : words.expiresIn(duration)}
      </Pill>
    </span>
  );
}
