"""A bare FastAPI form endpoint: the floor the webhook acknowledgement is compared with
(same server, same framework, same form parsing; no signature check, no database)."""

from __future__ import annotations

from fastapi import FastAPI, Request, Response

app = FastAPI()


@app.post("/twilio/whatsapp")
async def whatsapp(request: Request) -> Response:
    await request.form()
    return Response(content="<Response/>", media_type="application/xml")


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}
