"""Processing provider and algorithms (thin layers over ``core``)."""
