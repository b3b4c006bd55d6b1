"""geokg's HTTP service (FastAPI): ``api.app.create_app`` assembles the routers."""
