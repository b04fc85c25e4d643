"""Hypothesis runs without per-example deadlines: speed is measured by the benchmark, not by tests.

A deadline fails an example that ran slowly because the machine was busy (CI runs the suite
on two workers beside other jobs), which says nothing about claimcheck.
"""

from hypothesis import settings

settings.register_profile("claimcheck", deadline=None)
settings.load_profile("claimcheck")
