// VigieWeb
