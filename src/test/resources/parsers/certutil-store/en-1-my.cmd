certutil -Store My
