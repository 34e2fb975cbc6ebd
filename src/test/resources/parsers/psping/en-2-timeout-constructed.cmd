psping web-app02.corp.example.com:3389
