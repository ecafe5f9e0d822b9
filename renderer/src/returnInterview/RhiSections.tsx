import { Box, MenuItem, TextField, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { ReturnInterviewView } from '../../../shared/api/returnInterviews';
import type { PushPullFactor } from '../../../shared/domain/episode';
import { RHI_OUTCOME_LABELS, RHI_OUTCOMES, type RhiOutcome } from '../../../shared/domain/returnInterview';
import { DateTimeField } from '../components/DateTimeField';
import { AttemptsEditor } from './AttemptsEditor';
import { FactorPicker } from './FactorPicker';
import { TextBox, YesNoField } from './fields';
import type { RhiForm } from './rhiForm';

type Update = <K extends keyof RhiForm>(key: K, value: RhiForm[K]) => void;
interface Props {
  form: RhiForm;
  errors: Record<string, string>;
  update: Update;
  placed: ReturnInterviewView['placed'];
}

/** A titled part of the form on a grid: three columns on a wide screen, one on a narrow one. */
function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" sx={{ mb: 3 }} aria-label={title}>
      <Typography variant="h2" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(3, minmax(0, 1fr))' },
          gap: 2,
        }}
      >
        {children}
      </Box>
    </Box>
  );
}

/** The episode, the checks with school and health, the offer and attempts, the interview itself. */
export function RhiOpening({ form: f, errors: e, update, ruleText }: Props & { ruleText: string | null }) {
  return (
    <>
      <Part title="Missing episode">
        <TextBox
          name="overview"
          label="Brief overview of the missing episode"
          rows={2}
          wide
          value={f.overview}
          onChange={(v) => update('overview', v)}
        />
      </Part>
      <Part title="Checks">
        <YesNoField
          name="schoolChecked"
          label="Checked attendance with school?"
          value={f.schoolChecked}
          onChange={(v) => update('schoolChecked', v)}
        />
        <TextBox
          name="schoolDetail"
          label="Detail of attendance"
          value={f.schoolDetail}
          error={e.schoolDetail}
          onChange={(v) => update('schoolDetail', v)}
        />
        <Box />
        <YesNoField
          name="healthChecked"
          label="Checked with health for any concerns?"
          value={f.healthChecked}
          onChange={(v) => update('healthChecked', v)}
        />
        <TextBox
          name="healthDetail"
          label="Detail of health concerns"
          value={f.healthDetail}
          error={e.healthDetail}
          onChange={(v) => update('healthDetail', v)}
        />
      </Part>
      <Part title="The offer">
        <YesNoField
          name="offered"
          label="Interview offered?"
          value={f.offered}
          onChange={(v) => update('offered', v)}
        />
        <YesNoField
          name="independent"
          label="Independent interviewer?"
          value={f.independent}
          error={e.independent}
          onChange={(v) => update('independent', v)}
        />
        <TextField
          select
          label="Accepted or declined"
          value={f.outcome}
          onChange={(ev) => update('outcome', ev.target.value as RhiOutcome | '')}
          error={Boolean(e.outcome)}
          helperText={e.outcome}
        >
          <MenuItem value="">Not recorded</MenuItem>
          {RHI_OUTCOMES.map((o) => (
            <MenuItem key={o} value={o}>
              {RHI_OUTCOME_LABELS[o]}
            </MenuItem>
          ))}
        </TextField>
        <TextBox
          name="outcomeReason"
          label="Reason (declined, not engaged or not offered)"
          rows={2}
          wide
          value={f.outcomeReason}
          error={e.outcomeReason}
          onChange={(v) => update('outcomeReason', v)}
        />
        <AttemptsEditor
          attempts={f.attempts}
          errors={e}
          rule={ruleText}
          onChange={(a) => update('attempts', a)}
        />
      </Part>
      <Part title="The interview">
        <DateTimeField
          label="Held"
          value={f.heldAt}
          error={e.heldAt ?? null}
          onChange={(v) => update('heldAt', v)}
          name="heldAt"
        />
        <TextBox name="place" label="Where" value={f.place} onChange={(v) => update('place', v)} />
        <TextBox
          name="coordinatedBy"
          label="Co-ordinated by"
          value={f.coordinatedBy}
          onChange={(v) => update('coordinatedBy', v)}
        />
        <TextBox
          name="othersPresent"
          label="Others present"
          wide
          value={f.othersPresent}
          onChange={(v) => update('othersPresent', v)}
        />
        <TextBox
          name="lateReason"
          label="Why not within the protocol’s hours (if late)"
          rows={2}
          wide
          value={f.lateReason}
          error={e.lateReason}
          onChange={(v) => update('lateReason', v)}
        />
        <TextBox
          name="whatHappenedBefore"
          label="What happened to make you go missing?"
          rows={3}
          wide
          value={f.whatHappenedBefore}
          onChange={(v) => update('whatHappenedBefore', v)}
        />
        <TextBox
          name="whatHappenedWhileMissing"
          label="What happened while you were missing?"
          rows={3}
          wide
          value={f.whatHappenedWhileMissing}
          onChange={(v) => update('whatHappenedWhileMissing', v)}
        />
        <TextBox
          name="preventAgain"
          label="What can be done to prevent you going missing again?"
          rows={2}
          wide
          value={f.preventAgain}
          onChange={(v) => update('preventAgain', v)}
        />
      </Part>
    </>
  );
}

/** The push and pull factors found, with those the answers suggest marked. */
export function RhiFactors({
  form,
  suggested,
  update,
}: {
  form: RhiForm;
  suggested: PushPullFactor[];
  update: Update;
}) {
  return (
    <Box component="section" aria-label="Push and pull factors found" sx={{ mb: 3 }}>
      <Typography variant="h2" sx={{ mb: 0.5 }}>
        Push and pull factors found
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        Saved, each joins the episode’s factors and the child’s factor summary.
      </Typography>
      <FactorPicker factors={form.factors} suggested={suggested} onChange={(x) => update('factors', x)} />
    </Box>
  );
}

/** Concerns, consent, the placing authority's copy (EM) and the manager's authorisation. */
export function RhiClosing({ form: f, errors: e, update, placed }: Props) {
  return (
    <>
      <Part title="Concerns and safeguarding">
        <TextBox
          name="concerns"
          label="Concerns or issues raised by the young person"
          rows={3}
          wide
          value={f.concerns}
          onChange={(v) => update('concerns', v)}
        />
        <TextBox
          name="furtherInformation"
          label="Further information, including intelligence"
          rows={3}
          wide
          value={f.furtherInformation}
          onChange={(v) => update('furtherInformation', v)}
        />
        <YesNoField
          name="childProtectionReferral"
          label="Child protection referral?"
          value={f.childProtectionReferral}
          onChange={(v) => update('childProtectionReferral', v)}
        />
        <TextBox
          name="childProtectionDetail"
          label="Referral detail"
          wide={false}
          value={f.childProtectionDetail}
          error={e.childProtectionDetail}
          onChange={(v) => update('childProtectionDetail', v)}
        />
      </Part>
      <Part title="Consent and sharing">
        <YesNoField
          name="consentToShare"
          label="The child consents to this form being shared?"
          value={f.consentToShare}
          onChange={(v) => update('consentToShare', v)}
        />
        <TextBox
          name="shareWith"
          label="Shared with"
          value={f.shareWith}
          error={e.shareWith}
          onChange={(v) => update('shareWith', v)}
        />
        <Box />
        {placed && (
          <>
            <Typography sx={{ gridColumn: '1 / -1' }} color="text.secondary">
              Placed in {placed.hostAuthority} by {placed.placingAuthority}: the host authority’s interviewer
              sends the record to the placing authority (East Midlands protocol).
            </Typography>
            <DateTimeField
              label="Sent to the placing authority"
              name="sentToPlacingAt"
              value={f.sentToPlacingAt}
              error={e.sentToPlacingAt ?? null}
              onChange={(v) => update('sentToPlacingAt', v)}
            />
            <TextBox
              name="sentTo"
              label="Sent to (who at the placing authority)"
              value={f.sentTo}
              error={e.sentTo}
              onChange={(v) => update('sentTo', v)}
            />
            <DateTimeField
              label="Received by the placing authority"
              name="receivedByPlacingAt"
              value={f.receivedByPlacingAt}
              error={e.receivedByPlacingAt ?? null}
              onChange={(v) => update('receivedByPlacingAt', v)}
            />
          </>
        )}
      </Part>
      <Part title="Authorisation">
        <TextBox
          name="completedBy"
          label="Completed by"
          value={f.completedBy}
          onChange={(v) => update('completedBy', v)}
        />
        <TextBox
          name="authorisedBy"
          label="Authorised by (manager)"
          value={f.authorisedBy}
          error={e.authorisedBy}
          onChange={(v) => update('authorisedBy', v)}
        />
        <TextBox
          name="authorisedOn"
          label="Authorised on (dd/mm/yyyy)"
          value={f.authorisedOn}
          error={e.authorisedOn}
          onChange={(v) => update('authorisedOn', v)}
        />
        <TextBox
          name="forwardedToPoliceOn"
          label="Forwarded to police on (dd/mm/yyyy)"
          value={f.forwardedToPoliceOn}
          error={e.forwardedToPoliceOn}
          onChange={(v) => update('forwardedToPoliceOn', v)}
        />
      </Part>
    </>
  );
}
