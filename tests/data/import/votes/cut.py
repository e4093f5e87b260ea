#!/usr/bin/env python3
"""Cuts the votes-import test fixtures out of ../shared/realdata at test time.

The VotingAgent file has no licence and its SOURCE.md forbids copying it, or extracts from it,
into the project, so the fixtures are never committed: this script makes them in a build folder.
usage: cut.py REALDATA OUTDIR
  OUTDIR/votes/                      laid out like REALDATA (for `import all`): the committed MIT /
                                     UN fixture folders of tests/data/import/votes/ plus the
                                     VotingAgent rows of the drafts below, unchanged, in file order
  OUTDIR/votes-dhl-layout.csv        the rows of drafts 1 (res 893) and 1633 (res 2462) in the UN
                                     DHL "Security Council Voting Data" layout (not DHL's own data)
Exit 77 (skip) when REALDATA lacks the VotingAgent file."""
import csv, os, shutil, sys, unicodedata

IDS = ['1', '75', '104', '113', '348', '423', '653', '817', '818', '1565', '1587', '1610', '1633', '1645',
       '1677', '1680', '1711', '1713', '1714', '1715', '1718', '1722', '1735', '1790', '1846', '1930',
       '2010', '2012']
HEAD = """# Rows cut from ../shared/realdata/sc_votes_per_member_votingagent/sc_votes_per_member_votingagent.csv
# at test time by tests/data/import/votes/cut.py (never committed: the file has no licence), unchanged: the drafts with IDs
# chosen for the broken-row kinds of SOURCE.md. For the importer tests only (tests/unit/import_votes.cpp, tests/e2e).
"""
DHL_HEAD = """# A fixture in the UN Dag Hammarskjold Library "Security Council Voting Data" layout, made at test time by cut.py from the rows of
# ../shared/realdata/sc_votes_per_member_votingagent/sc_votes_per_member_votingagent.csv for IDs 1 (res 893, its date
# as that file gives it, day and month swapped) and 1633 (res 2462): ms_code from the fmadore crosswalk, ms_name upper-cased,
# totals counted from the rows; undl_id, subjects and undl_link left empty (those rows do not give them). Not DHL's own data.
"""
P5 = {'CHN', 'FRA', 'GBR', 'RUS', 'USA'}


def records(path):
    """(physical lines, parsed fields) per CSV record; a record spans lines while a quote is open."""
    with open(path, encoding='utf-8', newline='') as f:
        text = f.read()
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    buf = []
    for line in lines:
        buf.append(line)
        if '\n'.join(buf).count('"') % 2 == 0:
            fields = next(csv.reader(['\n'.join(buf)]), [])
            yield buf, fields
            buf = []
    if buf:
        yield buf, next(csv.reader(['\n'.join(buf)]), [])


def fold(s):
    s = unicodedata.normalize('NFD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower().strip()


def main():
    realdata, out = sys.argv[1], sys.argv[2]
    va = os.path.join(realdata, 'sc_votes_per_member_votingagent', 'sc_votes_per_member_votingagent.csv')
    if not os.path.exists(va):
        print(f'SKIP: {va} is not here (it is in CI, beside the project)')
        return 77
    here = os.path.dirname(os.path.abspath(__file__))
    votes = os.path.join(out, 'votes')
    shutil.rmtree(votes, ignore_errors=True)
    for d in os.listdir(here):
        if os.path.isdir(os.path.join(here, d)):
            shutil.copytree(os.path.join(here, d), os.path.join(votes, d))
    # The Council terms are the whole real file: read from REALDATA, never committed.
    fm = os.path.join(votes, 'sc_membership_and_names_fmadore')
    os.makedirs(fm, exist_ok=True)
    shutil.copyfile(os.path.join(realdata, 'sc_membership_and_names_fmadore', 'council_membership.csv'),
                    os.path.join(fm, 'council_membership.csv'))
    os.makedirs(os.path.join(votes, 'sc_votes_per_member_votingagent'), exist_ok=True)
    wanted = set(IDS)
    kept, dhl_rows, header = [], [], None
    for lines, fields in records(va):
        if header is None:
            header = lines
            continue
        if len(fields) > 12 and fields[12] in wanted:
            kept.extend(lines)
            if fields[12] in ('1', '1633'):
                dhl_rows.append(fields)
    with open(os.path.join(votes, 'sc_votes_per_member_votingagent', 'sc_votes_per_member_votingagent.csv'), 'w',
              encoding='utf-8', newline='') as f:
        f.write(HEAD + '\n'.join(header + kept) + '\n')
    # ms_code through the fmadore crosswalk (exact folded name, its aliases, else a unique prefix).
    ent = os.path.join(realdata, 'sc_membership_and_names_fmadore', 'entities.csv')
    codes = {}
    with open(ent, encoding='utf-8', newline='') as f:
        for r in csv.DictReader(l for l in f if not l.startswith('#')):
            if r.get('iso3'):
                codes[fold(r['country_org'])] = r['iso3']

    def code(name):
        n = fold(name)
        if n in codes:
            return codes[n]
        pre = [c for k, c in codes.items() if k.startswith(n)]
        if len(set(pre)) == 1:
            return pre[0]
        raise SystemExit(f'cut.py: no ISO3 code for {name!r}')

    out_rows = []
    by_draft = {}
    for r in dhl_rows:
        by_draft.setdefault(r[12], []).append(r)
    for rid in ('1', '1633'):
        rows = by_draft[rid]
        tally = {v: sum(1 for x in rows if x[10] == v) for v in ('Yes', 'No', 'Abstain')}
        for r in rows:
            num, year = r[2].split(' (')[0], r[0]
            c = code(r[11])
            out_rows.append(['', c, r[11].upper(), 'TRUE' if c in P5 else 'FALSE',
                             {'Yes': 'Y', 'No': 'N', 'Abstain': 'A'}.get(r[10], 'X'), r[1],
                             f'S/RES/{num}({year})', r[4].strip(), f'S/PV.{r[3]}', f'Resolution {num} ({year})',
                             r[5], '', '', 'Voting', str(tally['Yes']), str(tally['No']),
                             str(tally['Abstain']), '0', str(len(rows)), ''])
    with open(os.path.join(out, 'votes-dhl-layout.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write(DHL_HEAD)
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['undl_id', 'ms_code', 'ms_name', 'permanent_member', 'ms_vote', 'date', 'resolution', 'draft',
                    'meeting', 'description', 'agenda', 'subjects', 'vote_note', 'modality', 'total_yes',
                    'total_no', 'total_abstentions', 'total_non_voting', 'total_ms', 'undl_link'])
        w.writerows(out_rows)
    return 0


if __name__ == '__main__':
    sys.exit(main())
