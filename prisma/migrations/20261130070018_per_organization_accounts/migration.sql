-- Accounts per organization: the address (email) is no longer unique; better-auth's unique key moves to authKey,
-- which is the address itself for every existing account.
DROP INDEX "user_email_key";

ALTER TABLE "user" ADD COLUMN "authKey" TEXT;
UPDATE "user" SET "authKey" = "email";
ALTER TABLE "user" ALTER COLUMN "authKey" SET NOT NULL;

CREATE UNIQUE INDEX "user_authKey_key" ON "user"("authKey");

CREATE INDEX "user_email_idx" ON "user"("email");
