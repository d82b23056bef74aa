/**
 * The stop-word lists, owned here: one base list for search and a named extension for the
 * offline answerer, which also drops the words patients frame a question with.
 */

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/**
 * English function words (close to PostgreSQL's `english` stop list) plus the fillers and
 * backchannels that fill any speech transcript; neither says what a passage is about. BM25
 * postings, the offline embedder and query expansion drop these.
 */
export const STOP_WORDS: ReadonlySet<string> = words(`a about above after again against all am an and any are as at be
  because been before being below between both but by can could did do does doing down during each few for from further
  had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my
  myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such than
  that the their theirs them themselves then there these they this those through to too under until up very was we
  were what when where which while who whom why will with would you your yours yourself yourselves
  um uh er erm ah oh hmm mm mhm mm-hmm uh-huh uh-uh yeah yep yup okay ok`);

/**
 * How patients ask about their sessions rather than what they ask about ("what did my therapist
 * say about…", "do you remember when I mentioned…"), with the vague words and the contraction
 * remnants ("didn", "ll") the answerer's word split leaves.
 */
export const QUESTION_FRAMING_WORDS: ReadonlySet<string> = words(`also anything aren around cannot couldn didn doesn don
  done else ever every get gets getting got hadn hasn haven isn let might much must mustn really say said says saying
  shouldn something thing things upon wasn weren won wouldn yes like well right kind sort bit lot know think thought mean
  guess feel felt feeling feelings want wanted go going gone went come came see seem take make give put keep find try
  look need even still back tell told talk talked talking mention mentioned discuss discussed remember recall ask asked
  session sessions therapist counselor counsellor anyone someone everything way time times today day week ago last
  ll ve re im s t d`);

/** The offline answerer's list: the base list extended with the question framing words. */
export const ANSWER_STOP_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS, ...QUESTION_FRAMING_WORDS]);
