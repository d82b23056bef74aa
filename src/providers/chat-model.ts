/** One utterance of a passage, as the transcript holds it: what a citation points at. */
export interface SourceUtterance {
  /** Stable within the session: "u" and the utterance's position in the transcript ("u12"). */
  id: string;
  /** The label shown for the speaker: "Therapist", "Patient" or the transcript's own name. */
  speaker: string;
  startSec: number;
  endSec: number;
  /** The utterance's text, word for word (whitespace runs collapsed). */
  text: string;
}

/** One numbered passage the answer may cite as [index]. */
export interface ChatSource {
  index: number;
  sessionId: string;
  recordedAt: Date;
  startSec: number;
  endSec: number;
  /** Speaker labels in the passage, e.g. ["Therapist", "Patient"]. */
  speakers: string[];
  /** The passage, one labelled line per utterance ("Therapist: …"). */
  text: string;
  /**
   * The passage's utterances in order, one per line of `text`, each with its own speaker and
   * times. Absent only for passages built without a transcript; citations then span the passage.
   */
  utterances?: SourceUtterance[];
}

/** A previous turn of the conversation. */
export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
  /** Sessions an assistant turn cited: a follow-up ("and what did I say about that?") searches them first. */
  citedSessionIds?: string[];
}

/** Everything the model may use: the question, recent turns and the retrieved sources only. */
export interface ChatRequest {
  question: string;
  /** The standalone query retrieval used: the question, or a follow-up rewritten with the conversation. */
  searchQuery?: string;
  history: ChatTurn[];
  sources: ChatSource[];
  /** True on a conversation's first message: the answer reminds the patient it is an AI assistant. */
  firstMessage: boolean;
  /** Display name of the patient's timezone-free session dates, e.g. "3 March 2026", by session id. */
  sessionDates?: Record<string, string>;
  /**
   * Which of the given search stems (`passageStems`) occur anywhere in the patient's sessions, so
   * the answerer can tell a question about something never said from one about a passage it was
   * not given. Absent: the answerer judges from the sources alone.
   */
  knownStems?: (stems: string[]) => Promise<ReadonlySet<string>>;
}

/** The answer text with [n] markers referring to `ChatRequest.sources[n-1].index`. */
export interface ChatAnswer {
  text: string;
  model: string;
  /** How strongly the sources support the answer, when the model can tell (the offline answerer does). */
  evidence?: { relevance: number; sourceCoverage: number; unfamiliarity?: number };
}

/** Answers a patient's question from their own session passages. Implementations: Claude, offline extractive. */
export interface ChatModel {
  /** Provider and model, e.g. "anthropic:claude-sonnet-4-20250514", shown by /health. */
  readonly name: string;
  answer(request: ChatRequest, signal?: AbortSignal): Promise<ChatAnswer>;
  /** A standalone search query for a follow-up question ("and the second one?") given recent turns. */
  rewriteQuery(question: string, history: ChatTurn[], signal?: AbortSignal): Promise<string>;
}

/** A provider failure that retrying will not fix (malformed reply, refused request). */
export class PermanentChatModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentChatModelError';
  }
}
