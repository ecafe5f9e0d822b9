import {
  Box,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { RHI_QUESTIONS, type RhiQuestionCode, type RhiSection } from '../../../shared/domain/returnInterview';
import type { RhiForm, YesNo } from './rhiForm';

interface Props {
  section: RhiSection;
  title: string;
  answers: RhiForm['answers'];
  onChange: (code: RhiQuestionCode, answer: { answer: YesNo; comments: string }) => void;
}

/** One of the form's three question tables ("Why?", "When out", "Returning"): each a yes or no with comments. */
export function QuestionsTable({ section, title, answers, onChange }: Props) {
  const questions = RHI_QUESTIONS.filter((q) => q.section === section);
  return (
    <Box component="section" aria-labelledby={`rhi-q-${section}`} sx={{ mb: 3 }}>
      <Typography variant="h3" id={`rhi-q-${section}`} sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Table size="small" aria-labelledby={`rhi-q-${section}`} sx={{ tableLayout: 'fixed' }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '42%' }}>Question</TableCell>
            <TableCell sx={{ width: 132 }}>Yes or no</TableCell>
            <TableCell>Comments</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {questions.map((q) => {
            const a = answers[q.code] ?? { answer: '' as YesNo, comments: '' };
            return (
              <TableRow key={q.code} data-testid={`rhi-question-${q.code}`}>
                <TableCell id={`rhi-q-text-${q.code}`}>{q.text}</TableCell>
                <TableCell>
                  <ToggleButtonGroup
                    exclusive
                    size="small"
                    value={a.answer}
                    aria-labelledby={`rhi-q-text-${q.code}`}
                    onChange={(_, v: YesNo | null) => onChange(q.code, { ...a, answer: v ?? '' })}
                  >
                    <ToggleButton value="yes">Yes</ToggleButton>
                    <ToggleButton value="no">No</ToggleButton>
                  </ToggleButtonGroup>
                </TableCell>
                <TableCell>
                  <TextField
                    size="small"
                    fullWidth
                    multiline
                    value={a.comments}
                    onChange={(e) => onChange(q.code, { ...a, comments: e.target.value })}
                    slotProps={{ htmlInput: { 'aria-label': `Comments: ${q.text}` } }}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
