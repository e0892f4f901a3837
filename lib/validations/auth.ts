import { z } from 'zod';
import { textInput } from './common';

export const signInSchema = z.object({
  email: textInput().trim().toLowerCase().email('Enter your email address'),
  password: z.string().min(1, 'Enter your password').max(256),
});

export const signUpSchema = z.object({
  name: textInput().trim().min(1, 'Enter your name').max(120, 'The name is too long'),
  email: textInput().trim().toLowerCase().email('Enter a valid email address'),
  password: z.string().min(10, 'Use at least 10 characters').max(256, 'Use at most 256 characters'),
  workspace: textInput().trim().max(120, 'The workspace name is too long').optional(),
});

export type FormState = {
  error?: string;
  /** A message that is not an error (sign-up with a mail relay: "check your email"). */
  notice?: string;
  fields?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
};
