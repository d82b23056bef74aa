import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType } from 'type-graphql';
import './enums';
import { authChecker } from './auth-checker';
import { ApiKeyResolver } from './resolvers/apikey.resolver';
import { UserResolver } from './resolvers/user.resolver';

/** Every resolver class of the API, in the order they appear in schema.graphql. */
export const resolvers = [UserResolver, ApiKeyResolver] as const;

/** Builds the executable schema; `container` hands type-graphql the resolver instances. */
export function createSchema(container?: ContainerType): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: resolvers as unknown as [Function, ...Function[]],
    container,
    authChecker,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
