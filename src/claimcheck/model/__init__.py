"""The typed model: claims, their figures and quantities, and the judgements reached on them.

It imports only the reference floor and the basics (`interval`, `period`, `errors`,
`formatting`); what it needs from the floors above is lent through `hooks`.
"""
