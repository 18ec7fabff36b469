"""The studio's pages: exercises and recording (`exercises`), uploads (`uploads`), one submission and its
files (`submissions`), rating (`rating`) and calibration (`calibration`). Each asks `practice.access`."""
