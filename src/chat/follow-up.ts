/** Questions that lean on the conversation so far: the chat keeps them with the sessions the previous answer cited. */
const FOLLOW_UP_MAX_WORDS = 5;
const FOLLOW_UP = /\b(it|its|that|this|those|these|they|them|their|he|she|him|her|there|then|same|one|ones|other|else)\b|^\s*(and|but|also|so|what about|how about)\b/i;

/** True for short questions and those leaning on the previous turn ("what about it", "and …"). */
export function isFollowUp(question: string): boolean {
  const words = question.trim().split(/\s+/).filter(Boolean);
  return words.length <= FOLLOW_UP_MAX_WORDS || FOLLOW_UP.test(question);
}
