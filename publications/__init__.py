"""Publications, e-publications, print runs and orders of printed copies."""
