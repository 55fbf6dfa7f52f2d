"""(contract written below in this commit series)."""
