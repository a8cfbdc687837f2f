/**
 * One ceremony: the step rail, the open step, and its one primary action. Steps unlock in order; before
 * submission the officer may go back, after it never.
 */
import { lazy, Suspense, useEffect, useRef, useState, type JSX } from 'react';
import type { Ceremony } from '../../../common/contract';
import { canOpen, CEREMONIES, currentStepIndex, nextStepIndex } from '../ceremonies';
import type { StepContext, StepKind } from '../ceremonies/types';
import { lostPhoneReport } from '../../../common/ceremony/lost-phone';
import { call } from '../api';
import { ErrorNotice } from '../components/ErrorNotice';
import { useAction } from '../store/use-action';
import { CheckinStep } from '../steps/CheckinStep';
import { CloseStep } from '../steps/CloseStep';
import { DesignStep } from '../steps/DesignStep';
import { DrillKeyStep } from '../steps/DrillKeyStep';
import { DrillStep } from '../steps/DrillStep';
import { GroupsStep } from '../steps/GroupsStep';
import { LostHolderStep } from '../steps/LostHolderStep';
import { NewVaultStep } from '../steps/NewVaultStep';
import { RetireStep } from '../steps/RetireStep';
import { UpgradeStep } from '../steps/UpgradeStep';
import { PreflightStep } from '../steps/PreflightStep';
import { ReviewStep } from '../steps/ReviewStep';
import { StatusStep } from '../steps/StatusStep';
import { focusTakenByScreen, screenHeading, withFocusAfter } from '../steps/focus-after-action';
import type { StepProps } from '../steps/StepProps';
import { participantsOf, useCoboData } from '../steps/use-cobo-data';
import { VaultStep } from '../steps/VaultStep';
import { VerifyStep } from '../steps/VerifyStep';
import { AbandonButton } from '../components/AbandonButton';
import { CeremonyHead } from '../components/CeremonyHead';
import { ScriptTools } from '../components/ScriptTools';
import { useLanguage, useRich, useT } from '../store/language';
// Printed once per ceremony: loaded when asked for.
const RunSheetView = lazy(() => import('./RunSheetView').then((m) => ({ default: m.RunSheetView })));

const STEP_COMPONENTS: Record<Exclude<StepKind, 'profile'>, (props: StepProps) => JSX.Element> = {
  vault: VaultStep,
  'new-vault': NewVaultStep,
  upgrade: UpgradeStep,
  retire: RetireStep,
  'lost-holder': LostHolderStep,
  'drill-key': DrillKeyStep,
  drill: DrillStep,
  groups: GroupsStep,
  design: DesignStep,
  preflight: PreflightStep,
  checkin: CheckinStep,
  review: ReviewStep,
  status: StatusStep,
  verify: VerifyStep,
  close: CloseStep,
};

export function CeremonyView({ ceremony, onLeave }: { ceremony: Ceremony; onLeave(): void }) {
  const definition = CEREMONIES[ceremony.kind];
  const t = useT();
  const rich = useRich();
  const locale = useLanguage((s) => s.locale);
  const data = useCoboData(ceremony);
  const ctx: StepContext = {
    participantCount: participantsOf(ceremony, data).length,
    lostPhoneReported:
      !data.loaded || lostPhoneReport(ceremony.selection.lostNodeId, data.groups, [], t).problem === null,
  };
  const current = currentStepIndex(ceremony, ctx);
  const [open, setOpen] = useState(current);
  const index = canOpen(ceremony, ctx, open) ? open : current;
  const { busy, error, run: runAction } = useAction({ onDone: data.reload, keepFocus: false });
  const heading = useRef<HTMLHeadingElement>(null);
  const stepArea = useRef<HTMLElement>(null);
  // The step whose finishing action (run `andContinue`) is on its way: once it completes the step, on to the next.
  const continueFrom = useRef<number | null>(null);
  const run: StepProps['run'] = (action, options) => {
    continueFrom.current = options?.andContinue ? index : null;
    return withFocusAfter(
      () => stepArea.current,
      // A ceremony left (abandoned, or another way back chosen): the heading of the screen now shown.
      () => (heading.current?.isConnected ? heading.current : screenHeading()),
      () => runAction(action),
    );
  };
  const lastPhase = useRef(ceremony.phase);
  const [sheetOpen, setSheetOpen] = useState(false);

  useEffect(() => {
    // Sending moves the officer on to the live status. A request's end does not: the officer reads its
    // last status and moves on from there, to verification or, when nothing was made, to the close.
    // (A one-call ceremony with no request to follow goes straight on when it succeeds.)
    if (ceremony.phase !== lastPhase.current) {
      lastPhase.current = ceremony.phase;
      const statusIndex = definition.steps.findIndex((s) => s.kind === 'status');
      const stay = ceremony.tssRequestId !== null || ceremony.outcome !== 'success';
      setOpen(ceremony.phase === 'finished' && stay && statusIndex >= 0 ? statusIndex : current);
    }
  }, [ceremony.phase, ceremony.outcome, ceremony.tssRequestId, current, definition]);
  useEffect(() => {
    const from = continueFrom.current;
    if (from === null || current <= from || open !== from) return;
    continueFrom.current = null;
    focusTakenByScreen();
    setOpen(nextStepIndex(ceremony, from));
  }, [current, open, ceremony]);
  useEffect(() => {
    heading.current?.focus();
  }, [open]);

  const step = definition.steps[index] ?? definition.steps[current];
  if (!step) return null;
  const Step = step.kind === 'profile' ? null : STEP_COMPONENTS[step.kind];
  const next = definition.steps[nextStepIndex(ceremony, index)];
  const nextTitle = next ? t(next.titleKey) : '';

  return (
    <div className={sheetOpen ? 'ceremony sheet-open' : 'ceremony'} lang={locale}>
      <CeremonyHead environment={ceremony.environment} title={t(definition.titleKey)} onBack={onLeave} />
      <div className="ceremony-body">
        <nav aria-label={t('ceremonies.rail.label')} className="step-rail">
          <ol>
            {definition.steps.map((s, i) => {
              const skipped = s.skipped?.(ceremony) ?? null;
              const done = !skipped && s.done(ceremony, ctx);
              const openable = canOpen(ceremony, ctx, i);
              return (
                <li
                  key={s.kind}
                  className={`rail-item${i === index ? ' rail-open' : ''}${done ? ' rail-done' : ''}`}
                >
                  <button
                    type="button"
                    className="rail-button"
                    disabled={!openable}
                    aria-current={i === index ? 'step' : undefined}
                    onClick={() => setOpen(i)}
                  >
                    <span className="rail-no" aria-hidden="true">
                      {skipped && i !== index ? '–' : done && i !== index ? '✓' : i + 1}
                    </span>
                    {t(s.titleKey)}
                    {skipped && <span className="rail-skipped">{t('ceremonies.rail.skipped')}</span>}
                    <span className="visually-hidden">
                      {skipped
                        ? ''
                        : done
                          ? t('ceremonies.rail.complete')
                          : openable
                            ? ''
                            : t('ceremonies.rail.locked')}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
        {sheetOpen ? (
          <section className="panel step" aria-label={t('ceremonies.sheet.label')}>
            <div className="actions no-print">
              <button type="button" className="button" onClick={() => setSheetOpen(false)}>
                {t('ceremonies.sheet.back')}
              </button>
              <button type="button" className="button button-primary" onClick={() => window.print()}>
                {t('ceremonies.sheet.print')}
              </button>
            </div>
            <Suspense fallback={<p aria-busy="true">{t('shell.loading')}</p>}>
              <RunSheetView ceremony={ceremony} data={data} />
            </Suspense>
          </section>
        ) : (
          <section ref={stepArea} className="panel step" aria-labelledby="step-title" data-step={step.kind}>
            <h3 id="step-title" ref={heading} tabIndex={-1}>
              {t(step.titleKey)}
            </h3>
            <p className="lead">{t(step.introKey)}</p>
            {step.kind === 'profile' && (
              <p>
                {rich('ceremonies.profile.chosen', {
                  name: ceremony.profileName,
                  environment: ceremony.environment,
                  fingerprint: <strong className="fingerprint">{ceremony.apiKeyFingerprint}</strong>,
                })}
              </p>
            )}
            {data.error && <ErrorNotice error={data.error} />}
            {Step && <Step ceremony={ceremony} data={data} run={run} busy={busy} />}
            <div aria-live="polite">{error && <ErrorNotice error={error} />}</div>
            {ceremony.lastError && ceremony.phase === 'preparing' && step.kind === 'review' && (
              <ErrorNotice error={ceremony.lastError} />
            )}
            {index < current && (
              <div className="actions">
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => setOpen(nextStepIndex(ceremony, index))}
                >
                  {t('ceremonies.continueTo', { step: nextTitle })}
                </button>
              </div>
            )}
            <ScriptTools ceremony={ceremony} data={data} wizard={step.kind} />
            {ceremony.phase === 'preparing' && (
              <div className="muted small">
                <button type="button" className="link-button" onClick={() => setSheetOpen(true)}>
                  {t('ceremonies.sheet.open')}
                </button>{' '}
                <AbandonButton
                  busy={busy}
                  onAbandon={() =>
                    void run(async () => {
                      await call('ceremony.abandon', { id: ceremony.id });
                      onLeave();
                    })
                  }
                />
              </div>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
