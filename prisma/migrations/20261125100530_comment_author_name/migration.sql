-- AlterTable
ALTER TABLE "comment" ADD COLUMN     "authorName" TEXT NOT NULL DEFAULT '';

-- Comments written before this migration take their author's current name.
UPDATE "comment" c SET "authorName" = u."name" FROM "user" u WHERE u."id" = c."authorId";
