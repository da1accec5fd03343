import { desc, eq } from "drizzle-orm";
import type { Db } from "./drizzle";
import { alerts, webhookDeliveries, type AlertRow } from "./schema";

/** Records an alert unless this threshold already alerted this period; true when this call recorded it. */
export async function insertAlert(db: Db, row: AlertRow): Promise<boolean> {
  const inserted = await db.insert(alerts).values(row).onConflictDoNothing({ target: alerts.dedupe }).returning({ id: alerts.id });
  return inserted.length > 0;
}

export async function setAlertDelivery(db: Db, id: string, deliveryId: string): Promise<void> {
  await db.update(alerts).set({ deliveryId }).where(eq(alerts.id, id));
}

/** Alerts newest first, each with its webhook delivery's status (null when no ALERT_WEBHOOK_URL was set). */
export async function listAlerts(db: Db, limit = 100) {
  return db
    .select({
      alert: alerts,
      delivery: { status: webhookDeliveries.status, attempts: webhookDeliveries.attempts, lastError: webhookDeliveries.lastError, deliveredAt: webhookDeliveries.deliveredAt },
    })
    .from(alerts)
    .leftJoin(webhookDeliveries, eq(alerts.deliveryId, webhookDeliveries.id))
    .orderBy(desc(alerts.createdAt), desc(alerts.id))
    .limit(limit);
}
