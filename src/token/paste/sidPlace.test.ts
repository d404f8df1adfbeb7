import { describe, expect, it } from 'vitest';
import { sidPlacement } from './sidPlace.ts';

describe('sidPlacement', () => {
  it('finds the grant options that take a kind, from the descriptors', () => {
    expect(sidPlacement('AP').options).toEqual(['grants.voice.outgoing.application_sid']);
    expect(sidPlacement('CR').options).toContain('grants.voice.push_credential_sid');
    expect(sidPlacement('WS').options).toEqual(['grants.task_router.workspace_sid']);
    expect(sidPlacement('RM').options).toEqual(['grants.video.room']);
  });

  it('puts the Account SID in sub and the API Key SID in iss, in no grant', () => {
    expect(sidPlacement('AC')).toEqual({ place: 'sub', options: [] });
    expect(sidPlacement('SK')).toEqual({ place: 'iss', options: [] });
    expect(sidPlacement('CA')).toEqual({ place: 'none', options: [] });
  });
});
