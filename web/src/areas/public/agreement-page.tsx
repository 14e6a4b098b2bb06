// Соглашение об уровне сервиса (R1): the agreement text an administrator edits, and the live
// SLA calculator beside it.
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { Page } from '../../ui/ui.tsx';
import { SiteContentText } from './site-content.tsx';
import { SlaCalculator } from './sla-calculator.tsx';

const texts = defineTexts({
  ru: { title: 'Соглашение об уровне сервиса' },
  en: { title: 'Service-level agreement' },
});

/** `/agreement`: the calculator first (what a visitor most often wants), then the full text. */
export default function AgreementPage() {
  const t = useT(texts);
  return (
    <Page title={t('title')}>
      <SlaCalculator />
      <div className="card">
        <SiteContentText contentKey="agreement" />
      </div>
    </Page>
  );
}
