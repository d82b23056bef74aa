import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType } from 'type-graphql';
import './enums';
import { authChecker } from './auth-checker';
import { ApiKeyResolver } from './resolvers/apikey.resolver';
import { EnrollmentResolver } from './resolvers/enrollment.resolver';
import { ConsentResolver } from './resolvers/consent.resolver';
import { SessionResolver } from './resolvers/session.resolver';
import { ChatResolver } from './resolvers/chat.resolver';
import { TranscriptResolver } from './resolvers/transcript.resolver';
import { AuditResolver } from './resolvers/audit.resolver';
import { UserResolver } from './resolvers/user.resolver';
import { RiskAlertResolver } from './resolvers/risk-alert.resolver';
import { SearchResolver } from './resolvers/search.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { ConversationPageResolver } from './resolvers/conversation-page.resolver';

/** Every resolver class of the API, in the order they appear in schema.graphql. */
export const resolvers = [UserResolver, ApiKeyResolver, EnrollmentResolver, ConsentResolver, SessionResolver, TranscriptResolver, ChatResolver, AuditResolver, RiskAlertResolver, SearchResolver, OrganizationResolver, ConversationPageResolver] as const;

/** Builds the executable schema; `container` hands type-graphql the resolver instances. */
export async function createSchema(container?: ContainerType): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: resolvers as unknown as [Function, ...Function[]],
    container,
    authChecker,
    validate: { forbidUnknownValues: false },
    pubSub: explicitSubscribeOnly,
    emitSchemaFile: false,
  });
  describeRootTypes(schema);
  return schema;
}

/**
 * type-graphql requires a pubSub even when, as here, every subscription brings its own `subscribe`
 * (ours read Redis through SessionEvents and check access first). Topic-based use is a bug.
 */
const explicitSubscribeOnly = {
  publish(): never {
    throw new Error('Use SessionEvents to publish; subscriptions have explicit subscribe functions');
  },
  subscribe(): never {
    throw new Error('Every subscription must declare its own subscribe function');
  },
};

/** type-graphql has no option for root type descriptions; Sandbox shows them first. */
function describeRootTypes(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const subscription = schema.getSubscriptionType();
  if (query) query.description = 'Reads. Every query needs an API key (header `x-api-key`) and sees only what its user may see.';
  if (mutation) mutation.description = 'Changes. Every mutation is checked against the key\'s role and organization and is audited.';
  if (subscription) subscription.description = 'Live updates over graphql-ws on /graphql (`connectionParams: {"x-api-key": "…"}`).';
}
