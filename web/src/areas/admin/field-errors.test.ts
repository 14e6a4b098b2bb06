import { expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { errorAt, fieldErrorsOf } from './field-errors.ts';

const refusal = new ApiError(
  422,
  'plan.invalid',
  'План обслуживания задан неверно: $.id: Код «x» не совпадает с адресом; $.targets.request: Поле обязательно; $.targets.incident.critical.reactionMinutes: Ожидается целое число от 1 до 1000000',
  [
    { path: '$.id', code: 'request.id_mismatch' },
    { path: '$.targets.request', code: 'plan.required_field' },
    { path: '$.targets.incident.critical.reactionMinutes', code: 'plan.bad_number' },
  ],
);

it('takes each fault’s text from the localized message by its path', () => {
  expect(fieldErrorsOf(refusal)).toEqual({
    '$.id': 'Код «x» не совпадает с адресом',
    '$.targets.request': 'Поле обязательно',
    '$.targets.incident.critical.reactionMinutes': 'Ожидается целое число от 1 до 1000000',
  });
});

it('prefers a message the detail carries, and finds faults of a whole missing object', () => {
  const withMessage = new ApiError(400, 'request.invalid', 'x', [{ path: '/name', message: 'Too short' }]);
  expect(fieldErrorsOf(withMessage)).toEqual({ '/name': 'Too short' });
  const errors = fieldErrorsOf(refusal);
  expect(errorAt(errors, '$.targets.request.low.solutionMinutes')).toBe('Поле обязательно');
  expect(errorAt(errors, '$.targets.incident.high.reactionMinutes')).toBeUndefined();
  expect(fieldErrorsOf(new Error('boom'))).toEqual({});
});
