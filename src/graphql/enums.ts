import { registerEnumType } from 'type-graphql';
import { ConsentStatus, ConsentType, Role, SessionStatus } from '../generated/prisma/enums';

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user is in an organization; an API key acts with its user\'s role.',
  valuesConfig: {
    ADMIN: { description: 'Manages users, keys and assignments; may act for any patient of the organization. No chat.' },
    THERAPIST: { description: 'Treats the patients assigned to them: consent on their behalf, uploads, sessions, transcripts.' },
    PATIENT: { description: 'Their own consent, sessions, transcripts and chat.' },
  },
});
registerEnumType(ConsentType, {
  name: 'ConsentType',
  description: 'What a patient consents to; each step of the pipeline checks its own type.',
  valuesConfig: {
    RECORDING: { description: 'Storing the audio recording of a session.' },
    TRANSCRIPTION: { description: 'Turning the recording into a transcript.' },
    AI_ANALYSIS: { description: 'Indexing the transcript and answering the patient\'s questions about it.' },
  },
});
registerEnumType(ConsentStatus, { name: 'ConsentStatus', description: 'Whether a consent is in force.' });
registerEnumType(SessionStatus, {
  name: 'SessionStatus',
  description: 'Where a recording is in the pipeline.',
  valuesConfig: {
    UPLOADED: { description: 'Stored; waiting for transcription.' },
    TRANSCRIBING: { description: 'Speech recognition is running.' },
    TRANSCRIBED: { description: 'The transcript is stored; waiting for indexing.' },
    EMBEDDING: { description: 'The transcript is being chunked and indexed.' },
    READY: { description: 'The patient can ask about this session.' },
    FAILED: { description: 'Processing stopped; `error` says why in safe words.' },
    DELETED: { description: 'The session was deleted (last event of a subscription, which then completes).' },
  },
});

export { ConsentStatus, ConsentType, Role, SessionStatus };
