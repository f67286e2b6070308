// @vitest-environment happy-dom
import { fuzzReaders } from './fuzz-suite';

fuzzReaders(0, 2);
