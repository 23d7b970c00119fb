-- Splash `execute` script of newsmon (SPLASH_ENDPOINT = "execute"): the page's HTML after
-- its scripts ran, without loading images. Arguments: url, wait, timeout (from the request).
function main(splash, args)
  splash.images_enabled = false
  assert(splash:go(args.url))
  assert(splash:wait(args.wait))
  splash:set_result_content_type("text/html; charset=utf-8")
  return splash:html()
end
