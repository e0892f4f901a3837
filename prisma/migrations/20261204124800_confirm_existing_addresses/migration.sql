-- With a mail relay, sign-in now wants a confirmed address (decision 018). Everyone who has an
-- account today got it under the old rules (sign-up without confirmation, or the admin command
-- line): they keep signing in.
UPDATE "user" SET "emailVerified" = true WHERE "emailVerified" = false;
