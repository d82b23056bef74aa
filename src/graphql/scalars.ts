import { DateTimeResolver } from 'graphql-scalars';

/** ISO-8601 date-time scalar named `DateTime`, as the public contract spells it. */
export const DateTime = DateTimeResolver;
