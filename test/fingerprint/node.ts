/**
 * A token twilio-node 6.3.1 made (research notes E.1, `/work/notes/scratch/node/gen.js`): identity
 * "alice", TTL 600 s, Voice (incoming, outgoing TwiML App) and a Video room. The node tests make
 * their own with the `twilio` devDependency; this one is a fixed base for edited layouts.
 */
export const NODE_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImN0eSI6InR3aWxpby1mcGE7dj0xIn0.eyJqdGkiOiJTSzAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwLTE3OTYyMTc2NzQiLCJncmFudHMiOnsiaWRlbnRpdHkiOiJhbGljZSIsInZvaWNlIjp7ImluY29taW5nIjp7ImFsbG93Ijp0cnVlfSwib3V0Z29pbmciOnsiYXBwbGljYXRpb25fc2lkIjoiQVAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMCJ9fSwidmlkZW8iOnsicm9vbSI6InJvb20xIn19LCJpYXQiOjE3OTYyMTc2NzQsImV4cCI6MTc5NjIxODI3NCwiaXNzIjoiU0swMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMCIsInN1YiI6IkFDMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAifQ.UJ3U86V3-_aBKYcxlBrKnEgd9dgBNUe50xv0f3qMTB0';
