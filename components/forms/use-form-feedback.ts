'use client';
// What a form tells the analyst: errors beside their fields, a message above the form, and a
// notice (such as changes reapplied on a newer version) that is not a failure.
import { useState } from 'react';
import type { FieldErrors } from '@/lib/errors';

export function useFormFeedback() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return {
    errors,
    message,
    notice,
    setMessage,
    setNotice,
    fail: (fields: FieldErrors, failure: string) => {
      setErrors(fields);
      setMessage(failure);
    },
    clear: () => {
      setErrors({});
      setMessage(null);
    },
  };
}
