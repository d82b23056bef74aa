import 'reflect-metadata';
import { testDatabaseUrl } from './test-env';

process.env.DATABASE_URL = testDatabaseUrl();
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'debug';
