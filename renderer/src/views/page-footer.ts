import { useEffect } from 'react';

/**
 * The words in every printed page's footer (see report.css's @page margin boxes), for as long as the
 * view that prints them is open: set on the root as a custom property, as the page's CSP allows no
 * inline style.
 */
export function usePageFooter(text: string): void {
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--kc-report-footer', JSON.stringify(text));
    return () => void root.removeProperty('--kc-report-footer');
  }, [text]);
}
