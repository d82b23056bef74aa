import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Citation as StoredCitation } from '../../chat/citations';
import type { Message as MessageRow } from '../../db/prisma';
import { DateTime } from '../scalars';
import { RiskLevel } from './risk-level';

@ObjectType({ description: 'Where a statement of an answer comes from: a passage of one of the patient\'s sessions.' })
export class Citation {
  @Field(() => Int, { description: 'The [n] marker in the answer text.' })
  index!: number;

  @Field(() => ID, { description: 'The session the passage is from.' })
  sessionId!: string;

  @Field(() => DateTime, { description: 'When that session took place.' })
  recordedAt!: Date;

  @Field(() => Float, { description: 'Start of the passage, in seconds from the start of the recording.' })
  startSec!: number;

  @Field(() => Float, { description: 'End of the passage, in seconds.' })
  endSec!: number;

  @Field(() => String, { description: 'Who said the quoted words (e.g. Therapist or Patient).' })
  speaker!: string;

  @Field(() => String, { description: 'The quoted words, verbatim from the transcript.' })
  quote!: string;
}

@ObjectType({ description: 'One message of a conversation: the patient\'s question or the assistant\'s answer.' })
export class Message {
  @Field(() => ID, { description: 'Stable id of the message.' })
  id!: string;

  @Field(() => String, { description: 'USER (the patient) or ASSISTANT.' })
  role!: string;

  @Field(() => String, { description: 'The text; answers carry [n] markers that match `citations`.' })
  content!: string;

  @Field(() => [Citation], { description: 'Sources of the answer (empty for questions and for answers without sources).' })
  citations!: Citation[];

  @Field(() => DateTime, { description: 'When the message was written.' })
  createdAt!: Date;
}

/** The GraphQL shape of a stored message (citations come back from JSON with string dates). */
export function toMessage(row: MessageRow): Message {
  const citations = (row.citations as unknown as (Omit<StoredCitation, 'recordedAt'> & { recordedAt: string })[]) ?? [];
  return { ...row, citations: citations.map((c) => ({ ...c, recordedAt: new Date(c.recordedAt) })) };
}

@ObjectType({ description: 'Where to get help right now; sent with every crisis reply.' })
export class CrisisResource {
  @Field(() => String, { description: 'Name of the service, e.g. 988 Suicide & Crisis Lifeline.' })
  name!: string;

  @Field(() => String, { description: 'How to reach it, e.g. "call or text 988".' })
  contact!: string;
}

@ObjectType({ description: 'The assistant\'s answer to one message.' })
export class ChatReply {
  @Field(() => ID, { description: 'The conversation (new when none was given).' })
  conversationId!: string;

  @Field(() => Message, { description: 'The assistant\'s message, with its citations.' })
  message!: Message;

  @Field(() => Boolean, { description: 'True when the message showed crisis language: the reply carries resources and the therapist is alerted.' })
  crisis!: boolean;

  @Field(() => [CrisisResource], { description: 'Crisis services, in the message\'s language where possible: with every CRISIS and CONCERN reply (including worry about someone else\'s safety).' })
  resources!: CrisisResource[];

  @Field(() => RiskLevel, { description: 'How urgent the message was: CRISIS (caring reply, resources, urgent alert to the therapists), CONCERN (answer plus resources, lower-priority alert) or NONE.' })
  riskLevel!: RiskLevel;
}

@ObjectType({ description: 'A patient\'s conversation with the assistant.' })
export class Conversation {
  @Field(() => ID, { description: 'Stable id of the conversation.' })
  id!: string;

  @Field(() => DateTime, { description: 'When it started.' })
  createdAt!: Date;

  @Field(() => DateTime, { description: 'When the last message was written.' })
  updatedAt!: Date;

  @Field(() => [Message], { description: 'The messages, oldest first (only on `conversation(id)`; empty in lists).' })
  messages!: Message[];
}

@InputType({ description: 'A message from the patient to the assistant.' })
export class ChatInput {
  // No length check here: every message is screened for crisis language first, whatever its
  // length (ChatService enforces the 4000-character limit after the screen; the HTTP body limit bounds it).
  @Field(() => String, { description: 'The question (1-4000 characters; a longer message is still screened for crisis language and answered with resources when it shows any).' })
  message!: string;

  @Field(() => ID, { nullable: true, description: 'Continue this conversation (omit to start a new one).' })
  conversationId?: string | null;
}
