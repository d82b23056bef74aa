import { IsEmail, IsIn, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role } from '../enums';
import { DateTime } from '../scalars';

@ObjectType({ description: 'A person in an organization: an admin, a therapist or a patient.' })
export class User {
  @Field(() => ID, { description: 'Stable id of the user.' })
  id!: string;

  @Field(() => ID, { description: 'The organization the user belongs to.' })
  organizationId!: string;

  @Field(() => String, { description: 'Email address, unique within the organization (stored lower-case).' })
  email!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => Role, { description: 'The user\'s role, which decides what their API keys may do.' })
  role!: Role;

  @Field(() => DateTime, { description: 'When the user was created.' })
  createdAt!: Date;
}

@InputType({ description: 'A new user of the caller\'s organization.' })
export class CreateUserInput {
  @Field(() => String, { description: 'Email address; unique within the organization.' })
  @IsEmail({}, { message: 'email must be a valid email address' })
  @Length(3, 254)
  email!: string;

  @Field(() => String, { description: 'Display name (1-200 characters).' })
  @Length(1, 200, { message: 'name must be 1-200 characters' })
  name!: string;

  @Field(() => Role, { description: 'ADMIN, THERAPIST or PATIENT.' })
  @IsIn(Object.values(Role))
  role!: Role;
}

@ObjectType({ description: 'One page of users, oldest first. Pass `endCursor` as `after` to get the next page.' })
export class UserPage {
  @Field(() => [User], { description: 'The users of this page.' })
  items!: User[];

  @Field(() => String, { nullable: true, description: 'Opaque cursor after the last item; null on an empty page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether more users follow.' })
  hasNextPage!: boolean;
}
