import { Link, Typography } from '@mui/material';
import type { BoardChild } from '../../../shared/api/dashboard';
import { href } from '../app/router';

/** The child's name as a link to their record, with the case reference under it. */
export function ChildCell({ child }: { child: BoardChild }) {
  return (
    <>
      <Link href={href({ name: 'child', id: child.childId })} underline="hover" sx={{ fontWeight: 600 }}>
        {child.childName}
      </Link>
      <Typography variant="caption" color="text.secondary" component="div">
        {child.caseReference}
      </Typography>
    </>
  );
}
