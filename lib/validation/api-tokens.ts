// The one field an analyst gives a new API token: a name that says what it is for.
import { z } from 'zod';

export const apiTokenNameSchema = z.object({
  name: z.string().trim().min(1, 'is required: say what the token is for').max(80, 'is longer than 80 characters'),
});
