/** The screens' language for a component test: set straight in the store, as main's answer would. */
import { zhCN } from '../../common/i18n/messages/zh-CN';
import { ENGLISH, richTranslator, translator } from '../../common/i18n/translate';
import { useLanguage } from '../../renderer/src/store/language';

export function screensIn(locale: 'en' | 'zh-CN'): void {
  const catalogue = locale === 'zh-CN' ? zhCN : ENGLISH;
  useLanguage.setState({
    locale,
    chosen: locale === 'en' ? null : locale,
    t: translator(locale, catalogue),
    rich: richTranslator(locale, catalogue),
  });
}
