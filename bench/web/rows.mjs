// The rows every page of the web bench shows: N purchased apps built from the demo data's apps
// (the same columns and kinds of text as the offline demo), and the one buyer they belong to.
import fs from 'node:fs';

const demo = JSON.parse(fs.readFileSync(new URL('../../assets/demo-data.json', import.meta.url), 'utf8'));
// Latin text only: the English pages must draw without the Chinese font.
const latin = (text) => !/[\u2e80-\uffff]/.test(JSON.stringify(text));
const templates = demo.apps.map((entry) => entry.app).filter(latin);

export const benchBuyer = { buyerId: 'buyer-bench', userName: 'bench', displayName: 'Bench Buyer', email: 'bench@example.com' };
export const totalRows = 100;

// Page `page` (1-based) of `pageSize` apps, as GET /purchased-apps answers it.
export function purchasedAppsPage(page, pageSize) {
  const items = [];
  for (let i = (page - 1) * pageSize; i < Math.min(totalRows, page * pageSize); i++) {
    const template = templates[i % templates.length];
    const number = String(i + 1).padStart(3, '0');
    items.push({ ...template, instanceId: `ins-bench${number}`, orderId: `CS2400010${number}`,
                 productName: `${template.productName} ${number}` });
  }
  return { items, total: totalRows, page, pageSize };
}
