"""Tools of the agents' own work: ``pursue_goal`` (what a ``goal:`` task runs) and ``continue_over_budget``
(the gated step that lets a run spend past its budget)."""
