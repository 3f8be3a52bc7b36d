# The words of the plus/minus summary (src/view/summary.rs and its templates): a file of
# their own, so that the other documents do not load them. The same ids in both languages
# (a test checks it).

doc-summary-summary_title = Pros and cons: the results of the discussion
doc-summary-series_summary_title = Pros and cons across a series of sessions
doc-summary-kind_plus = Pros
doc-summary-kind_minus = Cons
doc-summary-kind_interesting = Points of interest
doc-summary-kind_plus_one = Pro
doc-summary-kind_minus_one = Con
doc-summary-kind_interesting_one = Of interest
doc-summary-number = No.
doc-summary-point = Point
doc-summary-votes = Votes
doc-summary-points_total = Points
doc-summary-votes_total = Votes
doc-summary-total = Total
doc-summary-no_points = None.
doc-summary-no_feedback = No discussion points recorded
doc-summary-without_activity = Not tied to an activity
doc-summary-sessions = Sessions of the series
doc-summary-session = Session
doc-summary-date = Date
doc-summary-pluses_short = Pros
doc-summary-minuses_short = Cons
doc-summary-interesting_short = Of interest
doc-summary-recurring = Points that recur across sessions
doc-summary-kind = Kind
doc-summary-recurring_sessions = Sessions
doc-summary-no_recurring = No point recurs
doc-summary-open_decisions = Open decisions
doc-summary-decision = Decision
doc-summary-owner = Owner
doc-summary-due = Due
doc-summary-no_open_decisions = No open decisions
