-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('ENTRY_ENDORSED', 'ENDORSEMENT_WITHDRAWN', 'RECOMMENDATION_STATUS', 'PAIRING_STATUS', 'ENTRY_HIDDEN', 'ENTRY_RESTORED', 'MEMBERSHIP_REQUEST', 'MEMBERSHIP_ANSWER');

-- CreateEnum
CREATE TYPE "NotificationDelivery" AS ENUM ('IMMEDIATE', 'DIGEST', 'PORTAL');

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "delivery" "NotificationDelivery" NOT NULL,
    "projectId" TEXT,
    "recommendationId" TEXT,
    "partnershipId" TEXT,
    "message" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "digestedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "delivery" "NotificationDelivery" NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId", "kind")
);

-- CreateTable
CREATE TABLE "MailOutbox" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "notificationId" TEXT,
    "digestDay" DATE,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "runAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_delivery_digestedAt_idx" ON "Notification"("delivery", "digestedAt");

-- CreateIndex
CREATE INDEX "Notification_projectId_idx" ON "Notification"("projectId");

-- CreateIndex
CREATE INDEX "Notification_recommendationId_idx" ON "Notification"("recommendationId");

-- CreateIndex
CREATE INDEX "Notification_partnershipId_idx" ON "Notification"("partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "MailOutbox_notificationId_key" ON "MailOutbox"("notificationId");

-- CreateIndex
CREATE INDEX "MailOutbox_sentAt_runAt_idx" ON "MailOutbox"("sentAt", "runAt");

-- CreateIndex
CREATE UNIQUE INDEX "MailOutbox_userId_digestDay_key" ON "MailOutbox"("userId", "digestDay");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "CityPartnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailOutbox" ADD CONSTRAINT "MailOutbox_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailOutbox" ADD CONSTRAINT "MailOutbox_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A notification concerns at most one entry.
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_one_entry" CHECK (num_nonnulls("projectId", "recommendationId", "partnershipId") <= 1);

-- An outbox row is either one notification's mail or one day's digest.
ALTER TABLE "MailOutbox" ADD CONSTRAINT "MailOutbox_one_purpose" CHECK (("notificationId" IS NULL) <> ("digestDay" IS NULL));

-- The worker's claim reads only rows still to send.
CREATE INDEX "MailOutbox_pending_idx" ON "MailOutbox"("runAt") WHERE "sentAt" IS NULL;
