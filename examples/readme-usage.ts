import { addMoney, formatMoney, isPlumblineError, parseModel, Story } from '@plumbline/core';

// Validate a story where it enters your program (a CRM webhook, a file, a form).
const story = parseModel(Story, {
  id: 'follow-up-ana',
  kind: 'sales', // one to one: told inside exactly one relationship
  title: 'After our call',
  body: 'Ana, here is the total cost over three years, installation and training included.',
  audience: { relationshipId: 'rel-ana' },
});
console.log(story.kind === 'sales' && story.audience.relationshipId); // 'rel-ana'

// Money is exact, in the currency's minor units; currencies never mix silently.
const total = addMoney({ amount: '0.10', currency: 'EUR' }, { amount: '0.20', currency: 'EUR' });
console.log(total.amount, formatMoney(total, { locale: 'en-GB' })); // '0.30' '€0.30'

try {
  addMoney(total, { amount: '1', currency: 'USD' });
} catch (error) {
  if (isPlumblineError(error, 'CURRENCY_MISMATCH')) console.log(error.message);
}
