"""Reference data and vocabulary: exchange rates, currency codes and names, units, scale words.

The bottom floor with the basics (`interval`, `period`, `errors`, `formatting`): it
imports nothing else of claimcheck, and everything else may import it.
"""
