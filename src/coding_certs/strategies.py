"""Hypothesis strategies for ``coding_certs`` objects, for projects that embed the library.

Property-test your own code with holders, CEU logs, tier tables and compliance
reports: every strategy builds its objects through the public constructors, so
it only ever produces objects the library accepts. Credentials held by a
:class:`~coding_certs.Holder` come from the shipped rule book unless you pass
one of your own; the rules, tables, bodies and credentials of the other
strategies are made up.

This module needs Hypothesis, installed by the ``strategies`` extra::

    pip install "coding-certs[strategies]"

>>> from hypothesis import given, settings, strategies as st
>>> import coding_certs as cc
>>> from coding_certs import strategies
>>> @settings(max_examples=20)
... @given(strategies.holders(), strategies.activities(), strategies.dates())
... def test_every_report_has_a_standing(holder, activity, day):
...     report = cc.assess(holder, [activity], as_of=day)
...     assert all(a.standing in cc.Standing for a in report.assessments)
>>> test_every_report_has_a_standing()

The rule kinds of the rule book's format each have a strategy:
:func:`requirement_editions` gives requirement editions of every kind
(``tiered``, ``highest-plus``, ``per-credential``, ``flat``; one kind with
``kind=``), :func:`lapse_rules` unmet-cycle rules with or without named
:func:`lapse_phases`, :func:`notice_rules` notices before or after the due
date, and :func:`rulebooks` whole rule books of a made-up body, complete and
valid, whose holders :func:`holders` builds with ``rulebook=``:

>>> @settings(max_examples=10)
... @given(strategies.rulebooks(), st.data())
... def test_a_new_body_gives_a_standing(book, data):
...     holder = data.draw(strategies.holders(min_credentials=1, rulebook=book))
...     report = cc.assess(holder, as_of="2041-01-01", rulebook=book)
...     (assessment,) = report.assessments
...     assert assessment.body == book.bodies[0]
...     assert assessment.standing in cc.Standing
>>> test_a_new_body_gives_a_standing()
"""

from __future__ import annotations

import datetime as dt

try:
    from hypothesis import strategies as st
except ImportError as error:
    raise ImportError(
        "coding_certs.strategies needs Hypothesis; install it with "
        "pip install 'coding-certs[strategies]'"
    ) from error

from coding_certs import _strategy_rules, _strategy_values
from coding_certs._assess import ComplianceReport, assess
from coding_certs._strategy_rules import (
    category_minimums,
    cycle_rules,
    lapse_phases,
    lapse_rules,
    notice_rules,
    requirement_editions,
    requirements,
    rulebooks,
    tier_tables,
)
from coding_certs._strategy_values import (
    activities,
    ceu_cycles,
    credentials,
    cycle_schedules,
    dates,
    held_credentials,
    holders,
    issuing_bodies,
    shipped_credentials,
    sources,
)

__all__ = [
    "activities",
    "category_minimums",
    "ceu_cycles",
    "compliance_reports",
    "credentials",
    "cycle_rules",
    "cycle_schedules",
    "dates",
    "held_credentials",
    "holders",
    "issuing_bodies",
    "lapse_phases",
    "lapse_rules",
    "notice_rules",
    "requirement_editions",
    "requirements",
    "rulebooks",
    "shipped_credentials",
    "sources",
    "tier_tables",
]

#: The first day every shipped rule (both bodies' tier tables included) is in force.
RULES_FROM = _strategy_values.RULES_FROM
#: The category tags the shipped minimums look for.
CATEGORIES = _strategy_values.CATEGORIES
#: The requirement kinds :func:`requirement_editions` builds, as the rule book names them.
REQUIREMENT_KINDS = _strategy_rules.REQUIREMENT_KINDS


@st.composite
def _compliance_reports(draw: st.DrawFn) -> ComplianceReport:
    as_of = draw(dates(RULES_FROM, dt.date(2035, 12, 31)))
    holder = draw(holders(min_credentials=1, earned_on=dates(RULES_FROM, as_of)))
    log = draw(
        st.lists(
            activities(completed_on=dates(RULES_FROM - dt.timedelta(days=400), as_of)),
            max_size=8,
        )
    )
    return assess(holder, log, as_of=as_of)


def compliance_reports() -> st.SearchStrategy[ComplianceReport]:
    """Reports of :func:`~coding_certs.assess` for generated holders and logs, from 2019 on."""
    return _compliance_reports()


# The strategies live in private modules (_strategy_values, _strategy_rules): they
# are documented, shown and pickled as this module's.
for _name in __all__:
    globals()[_name].__module__ = __name__
del _name
