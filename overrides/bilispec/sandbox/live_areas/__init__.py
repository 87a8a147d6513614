"""The area tree (get_area_list): parents with numeric ids, sub-areas with ids as strings."""
