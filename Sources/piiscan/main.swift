print("piiscan")
